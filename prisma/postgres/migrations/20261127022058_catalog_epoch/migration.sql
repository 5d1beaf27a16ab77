-- CreateTable
CREATE TABLE "CatalogEpoch" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "epoch" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CatalogEpoch_pkey" PRIMARY KEY ("id")
);
