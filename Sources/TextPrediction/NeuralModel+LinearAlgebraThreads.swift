extension NeuralModel {
    /// How many threads OpenBLAS splits each matrix product across, for every neural model in the process.
    ///
    /// OpenBLAS starts with one thread per core (or `OPENBLAS_NUM_THREADS`), and the model leaves it so: on two
    /// cores, two threads trained the default model about 1.5 times as fast as one (11,200 against 7,600 windows a
    /// second), and answering 32 windows took about 1 ms with two threads and 1.4 ms with one, so a miner that
    /// answers several requests at once may as well use one thread per product.
    public static var linearAlgebraThreadCount: Int {
        get { LinearAlgebra.threadCount }
        set { LinearAlgebra.threadCount = newValue }
    }
}
