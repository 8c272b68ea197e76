
#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"

// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define builtin_tid1d() wp::tid(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// corpus/607_array_slice_views.py:4
static wp::float32 band_energy_0(
    wp::array_t<wp::float32> var_band)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::shape_t var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::float32* var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    //---------
    // forward
    // def band_energy(band: wp.array2d(dtype=float)) -> float:                               <L 5>
    // e = float(0.0)                                                                         <L 6>
    var_1 = wp::float(var_0);
    // for i in range(band.shape[0]):                                                         <L 7>
    var_2 = &(var_band.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::range(var_4);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // for j in range(band.shape[1]):                                                     <L 8>
        var_8 = &(var_band.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_12 = wp::range(var_10);
        start_for_2:;
            if (iter_cmp(var_12) == 0) goto end_for_2;
            var_13 = wp::iter_next(var_12);
            // e += band[i, j] * band[i, j]                                                   <L 9>
            var_14 = wp::address(var_band, var_7, var_13);
            var_15 = wp::address(var_band, var_7, var_13);
            var_17 = wp::load(var_14);
            var_18 = wp::load(var_15);
            var_16 = wp::mul(var_17, var_18);
            var_19 = wp::address(var_band, var_7, var_13);
            var_20 = wp::address(var_band, var_7, var_13);
            var_22 = wp::load(var_19);
            var_23 = wp::load(var_20);
            var_21 = wp::mul(var_22, var_23);
            var_24 = wp::add(var_1, var_21);
            wp::assign(var_1, var_24);
            goto start_for_2;
        end_for_2:;
        goto start_for_0;
    end_for_0:;
    // return e                                                                               <L 10>
    return var_1;
}


// corpus/607_array_slice_views.py:4
static void adj_band_energy_0(
    wp::array_t<wp::float32> var_band,
    wp::array_t<wp::float32> & adj_band,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::shape_t var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::float32* var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::range_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::range_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    //---------
    // forward
    // def band_energy(band: wp.array2d(dtype=float)) -> float:                               <L 5>
    // e = float(0.0)                                                                         <L 6>
    var_1 = wp::float(var_0);
    // for i in range(band.shape[0]):                                                         <L 7>
    var_2 = &(var_band.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::range(var_4);
    // return e                                                                               <L 10>
    goto label4;
    //---------
    // reverse
    label4:;
    adj_1 += adj_ret;
    // adj: return e                                                                          <L 10>
    var_6 = wp::iter_reverse(var_6);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
        // for j in range(band.shape[1]):                                                     <L 8>
        var_8 = &(var_band.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_12 = wp::range(var_10);
        var_12 = wp::iter_reverse(var_12);
        start_for_2:;
            if (iter_cmp(var_12) == 0) goto end_for_2;
            var_13 = wp::iter_next(var_12);
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
            // e += band[i, j] * band[i, j]                                                   <L 9>
            var_14 = wp::address(var_band, var_7, var_13);
            var_15 = wp::address(var_band, var_7, var_13);
            var_17 = wp::load(var_14);
            var_18 = wp::load(var_15);
            var_16 = wp::mul(var_17, var_18);
            var_19 = wp::address(var_band, var_7, var_13);
            var_20 = wp::address(var_band, var_7, var_13);
            var_22 = wp::load(var_19);
            var_23 = wp::load(var_20);
            var_21 = wp::mul(var_22, var_23);
            var_24 = wp::add(var_1, var_21);
            wp::assign(var_1, var_24);
            wp::adj_assign(var_1, var_24, adj_1, adj_24);
            wp::adj_add(var_1, var_21, adj_1, adj_21, adj_24);
            wp::adj_mul(var_22, var_23, adj_19, adj_20, adj_21);
            wp::adj_address(var_band, var_7, var_13, adj_band, adj_7, adj_13, adj_20);
            wp::adj_address(var_band, var_7, var_13, adj_band, adj_7, adj_13, adj_19);
            wp::adj_mul(var_17, var_18, adj_14, adj_15, adj_16);
            wp::adj_address(var_band, var_7, var_13, adj_band, adj_7, adj_13, adj_15);
            wp::adj_address(var_band, var_7, var_13, adj_band, adj_7, adj_13, adj_14);
            // adj: e += band[i, j] * band[i, j]                                              <L 9>
        	goto start_for_2;
        end_for_2:;
        wp::adj_range(var_10, adj_10, adj_12);
        wp::adj_extract(var_11, var_9, adj_8, adj_9, adj_10);
        adj_band.shape = adj_8;
        // adj: for j in range(band.shape[1]):                                                <L 8>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_4, adj_4, adj_6);
    wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
    adj_band.shape = adj_2;
    // adj: for i in range(band.shape[0]):                                                    <L 7>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: e = float(0.0)                                                                    <L 6>
    // adj: def band_energy(band: wp.array2d(dtype=float)) -> float:                          <L 5>
    return;
}

struct wp_args_spectrogram_bands_e6876d0f {
    wp::array_t<wp::float32> spec;
    wp::array_t<wp::int32> edges;
    wp::array_t<wp::float32> energy;
};


void spectrogram_bands_e6876d0f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_spectrogram_bands_e6876d0f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_spec = _wp_args->spec;
    wp::array_t<wp::int32> var_edges = _wp_args->edges;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::slice_t var_10;
    const wp::int32 var_11 = 0;
    wp::array_t<wp::float32> var_12;
    wp::slice_t var_13;
    const wp::int32 var_14 = 2147483647;
    const wp::int32 var_15 = -2147483648;
    const wp::int32 var_16 = 1;
    wp::slice_t var_17;
    const wp::int32 var_18 = 1;
    wp::array_t<wp::float32> var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 0;
    wp::slice_t var_22;
    const wp::int32 var_23 = 1;
    wp::slice_t var_24;
    const wp::int32 var_25 = 0;
    wp::slice_t var_26;
    const wp::int32 var_27 = 0;
    wp::array_t<wp::float32> var_28;
    const wp::int32 var_29 = 0;
    wp::float32* var_30;
    const wp::int32 var_31 = 2;
    wp::int32 var_32;
    const wp::int32 var_33 = 2;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    //---------
    // forward
    // def spectrogram_bands(spec: wp.array3d(dtype=float), edges: wp.array(dtype=int), energy: wp.array2d(dtype=float)):       <L 14>
    // c, b = wp.tid()                                                                        <L 16>
    builtin_tid2d(var_0, var_1);
    // lo = edges[b]                                                                          <L 17>
    var_2 = wp::address(var_edges, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // hi = edges[b + 1]                                                                      <L 18>
    var_6 = wp::add(var_1, var_5);
    var_7 = wp::address(var_edges, var_6);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // channel = spec[c]                                                                      <L 19>
    var_10 = wp::slice_t(var_0, var_0, var_11);
    var_12 = wp::view(var_spec, var_10);
    // band = channel[:, lo:hi]                                                               <L 20>
    var_13 = wp::slice_t(var_14, var_15, var_16);
    var_17 = wp::slice_t(var_3, var_8, var_18);
    var_19 = wp::view(var_12, var_13, var_17);
    // energy[c, b] = band_energy(band)                                                       <L 21>
    var_20 = band_energy_0(var_19);
    wp::array_store(var_energy, var_0, var_1, var_20);
    // first_frame = spec[c, 0, lo:hi]                                                        <L 22>
    var_22 = wp::slice_t(var_3, var_8, var_23);
    var_24 = wp::slice_t(var_0, var_0, var_25);
    var_26 = wp::slice_t(var_21, var_21, var_27);
    var_28 = wp::view(var_spec, var_24, var_26, var_22);
    // energy[c, b] += first_frame[0] * float(band.ndim - 2)                                  <L 23>
    var_30 = wp::address(var_28, var_29);
    var_32 = wp::sub(var_33, var_31);
    var_34 = wp::float(var_32);
    var_36 = wp::load(var_30);
    var_35 = wp::mul(var_36, var_34);
    var_37 = wp::atomic_add(var_energy, var_0, var_1, var_35);
}



void spectrogram_bands_e6876d0f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_spectrogram_bands_e6876d0f *_wp_args,
    wp_args_spectrogram_bands_e6876d0f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_spec = _wp_args->spec;
    wp::array_t<wp::int32> var_edges = _wp_args->edges;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::array_t<wp::float32> adj_spec = _wp_adj_args->spec;
    wp::array_t<wp::int32> adj_edges = _wp_adj_args->edges;
    wp::array_t<wp::float32> adj_energy = _wp_adj_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::slice_t var_10;
    const wp::int32 var_11 = 0;
    wp::array_t<wp::float32> var_12;
    wp::slice_t var_13;
    const wp::int32 var_14 = 2147483647;
    const wp::int32 var_15 = -2147483648;
    const wp::int32 var_16 = 1;
    wp::slice_t var_17;
    const wp::int32 var_18 = 1;
    wp::array_t<wp::float32> var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 0;
    wp::slice_t var_22;
    const wp::int32 var_23 = 1;
    wp::slice_t var_24;
    const wp::int32 var_25 = 0;
    wp::slice_t var_26;
    const wp::int32 var_27 = 0;
    wp::array_t<wp::float32> var_28;
    const wp::int32 var_29 = 0;
    wp::float32* var_30;
    const wp::int32 var_31 = 2;
    wp::int32 var_32;
    const wp::int32 var_33 = 2;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::slice_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::array_t<wp::float32> adj_12 = {};
    wp::slice_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::slice_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::array_t<wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::slice_t adj_22 = {};
    wp::int32 adj_23 = {};
    wp::slice_t adj_24 = {};
    wp::int32 adj_25 = {};
    wp::slice_t adj_26 = {};
    wp::int32 adj_27 = {};
    wp::array_t<wp::float32> adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    //---------
    // forward
    // def spectrogram_bands(spec: wp.array3d(dtype=float), edges: wp.array(dtype=int), energy: wp.array2d(dtype=float)):       <L 14>
    // c, b = wp.tid()                                                                        <L 16>
    builtin_tid2d(var_0, var_1);
    // lo = edges[b]                                                                          <L 17>
    var_2 = wp::address(var_edges, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // hi = edges[b + 1]                                                                      <L 18>
    var_6 = wp::add(var_1, var_5);
    var_7 = wp::address(var_edges, var_6);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // channel = spec[c]                                                                      <L 19>
    var_10 = wp::slice_t(var_0, var_0, var_11);
    var_12 = wp::view(var_spec, var_10);
    // band = channel[:, lo:hi]                                                               <L 20>
    var_13 = wp::slice_t(var_14, var_15, var_16);
    var_17 = wp::slice_t(var_3, var_8, var_18);
    var_19 = wp::view(var_12, var_13, var_17);
    // energy[c, b] = band_energy(band)                                                       <L 21>
    var_20 = band_energy_0(var_19);
    // wp::array_store(var_energy, var_0, var_1, var_20);
    // first_frame = spec[c, 0, lo:hi]                                                        <L 22>
    var_22 = wp::slice_t(var_3, var_8, var_23);
    var_24 = wp::slice_t(var_0, var_0, var_25);
    var_26 = wp::slice_t(var_21, var_21, var_27);
    var_28 = wp::view(var_spec, var_24, var_26, var_22);
    // energy[c, b] += first_frame[0] * float(band.ndim - 2)                                  <L 23>
    var_30 = wp::address(var_28, var_29);
    var_32 = wp::sub(var_33, var_31);
    var_34 = wp::float(var_32);
    var_36 = wp::load(var_30);
    var_35 = wp::mul(var_36, var_34);
    // var_37 = wp::atomic_add(var_energy, var_0, var_1, var_35);
    //---------
    // reverse
    wp::adj_atomic_add(var_energy, var_0, var_1, var_35, adj_energy, adj_0, adj_1, adj_35, adj_37);
    wp::adj_mul(var_36, var_34, adj_30, adj_34, adj_35);
    wp::adj_float(var_32, adj_32, adj_34);
    wp::adj_sub(var_33, var_31, adj_33, adj_31, adj_32);
    wp::adj_address(var_28, var_29, adj_28, adj_29, adj_30);
    // adj: energy[c, b] += first_frame[0] * float(band.ndim - 2)                             <L 23>
    wp::adj_view(var_spec, var_24, var_26, var_22, adj_spec, adj_24, adj_26, adj_22, adj_28);
    // adj: first_frame = spec[c, 0, lo:hi]                                                   <L 22>
    wp::adj_array_store(var_energy, var_0, var_1, var_20, adj_energy, adj_0, adj_1, adj_20);
    adj_band_energy_0(var_19, adj_19, adj_20);
    // adj: energy[c, b] = band_energy(band)                                                  <L 21>
    wp::adj_view(var_12, var_13, var_17, adj_12, adj_13, adj_17, adj_19);
    // adj: band = channel[:, lo:hi]                                                          <L 20>
    wp::adj_view(var_spec, var_10, adj_spec, adj_10, adj_12);
    // adj: channel = spec[c]                                                                 <L 19>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_edges, var_6, adj_edges, adj_6, adj_7);
    wp::adj_add(var_1, var_5, adj_1, adj_5, adj_6);
    // adj: hi = edges[b + 1]                                                                 <L 18>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_edges, var_1, adj_edges, adj_1, adj_2);
    // adj: lo = edges[b]                                                                     <L 17>
    // adj: c, b = wp.tid()                                                                   <L 16>
    // adj: def spectrogram_bands(spec: wp.array3d(dtype=float), edges: wp.array(dtype=int), energy: wp.array2d(dtype=float)):  <L 14>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void spectrogram_bands_e6876d0f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_spectrogram_bands_e6876d0f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        spectrogram_bands_e6876d0f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void spectrogram_bands_e6876d0f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_spectrogram_bands_e6876d0f *_wp_args,
    wp_args_spectrogram_bands_e6876d0f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        spectrogram_bands_e6876d0f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_reverse_rows_5bddb300 {
    wp::array_t<wp::vec_t<3, wp::float32>> img;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


void reverse_rows_5bddb300_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_reverse_rows_5bddb300 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_img = _wp_args->img;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = -1;
    wp::slice_t var_3;
    const wp::int32 var_4 = 2147483647;
    const wp::int32 var_5 = -2147483648;
    wp::slice_t var_6;
    const wp::int32 var_7 = 0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_8;
    wp::slice_t var_9;
    const wp::int32 var_10 = 0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    wp::range_t var_16;
    wp::int32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::int32 var_20 = 2;
    wp::slice_t var_21;
    const wp::int32 var_22 = 2147483647;
    const wp::int32 var_23 = -2147483648;
    wp::array_t<wp::vec_t<3, wp::float32>> var_24;
    wp::shape_t* var_25;
    const wp::int32 var_26 = 0;
    wp::int32 var_27;
    wp::shape_t var_28;
    wp::range_t var_29;
    wp::int32 var_30;
    wp::vec_t<3, wp::float32>* var_31;
    const wp::float32 var_32 = 1.1;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    //---------
    // forward
    // def reverse_rows(img: wp.array2d(dtype=wp.vec3), out: wp.array2d(dtype=wp.vec3)):       <L 27>
    // y = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // src = img[y, ::-1]                                                                     <L 29>
    var_3 = wp::slice_t(var_4, var_5, var_2);
    var_6 = wp::slice_t(var_0, var_0, var_7);
    var_8 = wp::view(var_img, var_6, var_3);
    // dst = out[y]                                                                           <L 30>
    var_9 = wp::slice_t(var_0, var_0, var_10);
    var_11 = wp::view(var_out, var_9);
    // for x in range(src.shape[0]):                                                          <L 31>
    var_12 = &(var_8.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    var_16 = wp::range(var_14);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
        // dst[x] = src[x]                                                                    <L 32>
        var_18 = wp::address(var_8, var_17);
        var_19 = wp::load(var_18);
        wp::array_store(var_11, var_17, var_19);
        goto start_for_0;
    end_for_0:;
    // even = dst[::2]                                                                        <L 34>
    var_21 = wp::slice_t(var_22, var_23, var_20);
    var_24 = wp::view(var_11, var_21);
    // for x in range(even.shape[0]):                                                         <L 35>
    var_25 = &(var_24.shape);
    var_28 = wp::load(var_25);
    var_27 = wp::extract(var_28, var_26);
    var_29 = wp::range(var_27);
    start_for_2:;
        if (iter_cmp(var_29) == 0) goto end_for_2;
        var_30 = wp::iter_next(var_29);
        // even[x] = even[x] * 1.1                                                            <L 36>
        var_31 = wp::address(var_24, var_30);
        var_34 = wp::load(var_31);
        var_33 = wp::mul(var_34, var_32);
        wp::array_store(var_24, var_30, var_33);
        goto start_for_2;
    end_for_2:;
}



void reverse_rows_5bddb300_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_reverse_rows_5bddb300 *_wp_args,
    wp_args_reverse_rows_5bddb300 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_img = _wp_args->img;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_img = _wp_adj_args->img;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = -1;
    wp::slice_t var_3;
    const wp::int32 var_4 = 2147483647;
    const wp::int32 var_5 = -2147483648;
    wp::slice_t var_6;
    const wp::int32 var_7 = 0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_8;
    wp::slice_t var_9;
    const wp::int32 var_10 = 0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    wp::range_t var_16;
    wp::int32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::int32 var_20 = 2;
    wp::slice_t var_21;
    const wp::int32 var_22 = 2147483647;
    const wp::int32 var_23 = -2147483648;
    wp::array_t<wp::vec_t<3, wp::float32>> var_24;
    wp::shape_t* var_25;
    const wp::int32 var_26 = 0;
    wp::int32 var_27;
    wp::shape_t var_28;
    wp::range_t var_29;
    wp::int32 var_30;
    wp::vec_t<3, wp::float32>* var_31;
    const wp::float32 var_32 = 1.1;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::slice_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::slice_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_8 = {};
    wp::slice_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::shape_t adj_15 = {};
    wp::range_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::slice_t adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_24 = {};
    wp::shape_t adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::shape_t adj_28 = {};
    wp::range_t adj_29 = {};
    wp::int32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    //---------
    // forward
    // def reverse_rows(img: wp.array2d(dtype=wp.vec3), out: wp.array2d(dtype=wp.vec3)):       <L 27>
    // y = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // src = img[y, ::-1]                                                                     <L 29>
    var_3 = wp::slice_t(var_4, var_5, var_2);
    var_6 = wp::slice_t(var_0, var_0, var_7);
    var_8 = wp::view(var_img, var_6, var_3);
    // dst = out[y]                                                                           <L 30>
    var_9 = wp::slice_t(var_0, var_0, var_10);
    var_11 = wp::view(var_out, var_9);
    // for x in range(src.shape[0]):                                                          <L 31>
    var_12 = &(var_8.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    var_16 = wp::range(var_14);
    // even = dst[::2]                                                                        <L 34>
    var_21 = wp::slice_t(var_22, var_23, var_20);
    var_24 = wp::view(var_11, var_21);
    // for x in range(even.shape[0]):                                                         <L 35>
    var_25 = &(var_24.shape);
    var_28 = wp::load(var_25);
    var_27 = wp::extract(var_28, var_26);
    var_29 = wp::range(var_27);
    //---------
    // reverse
    var_29 = wp::iter_reverse(var_29);
    start_for_2:;
        if (iter_cmp(var_29) == 0) goto end_for_2;
        var_30 = wp::iter_next(var_29);
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
    	adj_34 = {};
        // even[x] = even[x] * 1.1                                                            <L 36>
        var_31 = wp::address(var_24, var_30);
        var_34 = wp::load(var_31);
        var_33 = wp::mul(var_34, var_32);
        // wp::array_store(var_24, var_30, var_33);
        wp::adj_array_store(var_24, var_30, var_33, adj_24, adj_30, adj_33);
        wp::adj_mul(var_34, var_32, adj_31, adj_32, adj_33);
        wp::adj_address(var_24, var_30, adj_24, adj_30, adj_31);
        // adj: even[x] = even[x] * 1.1                                                       <L 36>
    	goto start_for_2;
    end_for_2:;
    wp::adj_range(var_27, adj_27, adj_29);
    wp::adj_extract(var_28, var_26, adj_25, adj_26, adj_27);
    adj_24.shape = adj_25;
    // adj: for x in range(even.shape[0]):                                                    <L 35>
    wp::adj_view(var_11, var_21, adj_11, adj_21, adj_24);
    // adj: even = dst[::2]                                                                   <L 34>
    var_16 = wp::iter_reverse(var_16);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
    	adj_18 = {};
    	adj_19 = {};
        // dst[x] = src[x]                                                                    <L 32>
        var_18 = wp::address(var_8, var_17);
        var_19 = wp::load(var_18);
        // wp::array_store(var_11, var_17, var_19);
        wp::adj_array_store(var_11, var_17, var_19, adj_11, adj_17, adj_18);
        wp::adj_address(var_8, var_17, adj_8, adj_17, adj_18);
        // adj: dst[x] = src[x]                                                               <L 32>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_14, adj_14, adj_16);
    wp::adj_extract(var_15, var_13, adj_12, adj_13, adj_14);
    adj_8.shape = adj_12;
    // adj: for x in range(src.shape[0]):                                                     <L 31>
    wp::adj_view(var_out, var_9, adj_out, adj_9, adj_11);
    // adj: dst = out[y]                                                                      <L 30>
    wp::adj_view(var_img, var_6, var_3, adj_img, adj_6, adj_3, adj_8);
    // adj: src = img[y, ::-1]                                                                <L 29>
    // adj: y = wp.tid()                                                                      <L 28>
    // adj: def reverse_rows(img: wp.array2d(dtype=wp.vec3), out: wp.array2d(dtype=wp.vec3)):  <L 27>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void reverse_rows_5bddb300_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_reverse_rows_5bddb300 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        reverse_rows_5bddb300_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void reverse_rows_5bddb300_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_reverse_rows_5bddb300 *_wp_args,
    wp_args_reverse_rows_5bddb300 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        reverse_rows_5bddb300_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_tile_means_3b3e269e {
    wp::array_t<wp::float32> field;
    wp::int32 tile;
    wp::array_t<wp::float32> means;
};


void tile_means_3b3e269e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_tile_means_3b3e269e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::int32 var_tile = _wp_args->tile;
    wp::array_t<wp::float32> var_means = _wp_args->means;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::slice_t var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::slice_t var_12;
    const wp::int32 var_13 = 1;
    wp::array_t<wp::float32> var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 0;
    wp::int32 var_19;
    wp::shape_t var_20;
    wp::range_t var_21;
    wp::int32 var_22;
    wp::slice_t var_23;
    const wp::int32 var_24 = 0;
    wp::array_t<wp::float32> var_25;
    wp::shape_t* var_26;
    const wp::int32 var_27 = 0;
    wp::int32 var_28;
    wp::shape_t var_29;
    wp::range_t var_30;
    wp::int32 var_31;
    wp::float32* var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::int32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    //---------
    // forward
    // def tile_means(field: wp.array2d(dtype=float), tile: int, means: wp.array2d(dtype=float)):       <L 40>
    // ty, tx = wp.tid()                                                                      <L 41>
    builtin_tid2d(var_0, var_1);
    // block = field[ty * tile : (ty + 1) * tile, tx * tile : (tx + 1) * tile]                <L 42>
    var_2 = wp::mul(var_0, var_tile);
    var_4 = wp::add(var_0, var_3);
    var_5 = wp::mul(var_4, var_tile);
    var_6 = wp::slice_t(var_2, var_5, var_7);
    var_8 = wp::mul(var_1, var_tile);
    var_10 = wp::add(var_1, var_9);
    var_11 = wp::mul(var_10, var_tile);
    var_12 = wp::slice_t(var_8, var_11, var_13);
    var_14 = wp::view(var_field, var_6, var_12);
    // s = float(0.0)                                                                         <L 43>
    var_16 = wp::float(var_15);
    // for i in range(block.shape[0]):                                                        <L 44>
    var_17 = &(var_14.shape);
    var_20 = wp::load(var_17);
    var_19 = wp::extract(var_20, var_18);
    var_21 = wp::range(var_19);
    start_for_0:;
        if (iter_cmp(var_21) == 0) goto end_for_0;
        var_22 = wp::iter_next(var_21);
        // row = block[i]                                                                     <L 45>
        var_23 = wp::slice_t(var_22, var_22, var_24);
        var_25 = wp::view(var_14, var_23);
        // for j in range(row.shape[0]):                                                      <L 46>
        var_26 = &(var_25.shape);
        var_29 = wp::load(var_26);
        var_28 = wp::extract(var_29, var_27);
        var_30 = wp::range(var_28);
        start_for_2:;
            if (iter_cmp(var_30) == 0) goto end_for_2;
            var_31 = wp::iter_next(var_30);
            // s += row[j]                                                                    <L 47>
            var_32 = wp::address(var_25, var_31);
            var_33 = wp::address(var_25, var_31);
            var_35 = wp::load(var_33);
            var_34 = wp::add(var_16, var_35);
            wp::assign(var_16, var_34);
            goto start_for_2;
        end_for_2:;
        goto start_for_0;
    end_for_0:;
    // means[ty, tx] = s / float(tile * tile)                                                 <L 48>
    var_36 = wp::mul(var_tile, var_tile);
    var_37 = wp::float(var_36);
    var_38 = wp::div(var_16, var_37);
    wp::array_store(var_means, var_0, var_1, var_38);
}



void tile_means_3b3e269e_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_tile_means_3b3e269e *_wp_args,
    wp_args_tile_means_3b3e269e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::int32 var_tile = _wp_args->tile;
    wp::array_t<wp::float32> var_means = _wp_args->means;
    wp::array_t<wp::float32> adj_field = _wp_adj_args->field;
    wp::int32 adj_tile = _wp_adj_args->tile;
    wp::array_t<wp::float32> adj_means = _wp_adj_args->means;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::slice_t var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::slice_t var_12;
    const wp::int32 var_13 = 1;
    wp::array_t<wp::float32> var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 0;
    wp::int32 var_19;
    wp::shape_t var_20;
    wp::range_t var_21;
    wp::int32 var_22;
    wp::slice_t var_23;
    const wp::int32 var_24 = 0;
    wp::array_t<wp::float32> var_25;
    wp::shape_t* var_26;
    const wp::int32 var_27 = 0;
    wp::int32 var_28;
    wp::shape_t var_29;
    wp::range_t var_30;
    wp::int32 var_31;
    wp::float32* var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::int32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::slice_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::slice_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::array_t<wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::shape_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::shape_t adj_20 = {};
    wp::range_t adj_21 = {};
    wp::int32 adj_22 = {};
    wp::slice_t adj_23 = {};
    wp::int32 adj_24 = {};
    wp::array_t<wp::float32> adj_25 = {};
    wp::shape_t adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::shape_t adj_29 = {};
    wp::range_t adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    //---------
    // forward
    // def tile_means(field: wp.array2d(dtype=float), tile: int, means: wp.array2d(dtype=float)):       <L 40>
    // ty, tx = wp.tid()                                                                      <L 41>
    builtin_tid2d(var_0, var_1);
    // block = field[ty * tile : (ty + 1) * tile, tx * tile : (tx + 1) * tile]                <L 42>
    var_2 = wp::mul(var_0, var_tile);
    var_4 = wp::add(var_0, var_3);
    var_5 = wp::mul(var_4, var_tile);
    var_6 = wp::slice_t(var_2, var_5, var_7);
    var_8 = wp::mul(var_1, var_tile);
    var_10 = wp::add(var_1, var_9);
    var_11 = wp::mul(var_10, var_tile);
    var_12 = wp::slice_t(var_8, var_11, var_13);
    var_14 = wp::view(var_field, var_6, var_12);
    // s = float(0.0)                                                                         <L 43>
    var_16 = wp::float(var_15);
    // for i in range(block.shape[0]):                                                        <L 44>
    var_17 = &(var_14.shape);
    var_20 = wp::load(var_17);
    var_19 = wp::extract(var_20, var_18);
    var_21 = wp::range(var_19);
    // means[ty, tx] = s / float(tile * tile)                                                 <L 48>
    var_36 = wp::mul(var_tile, var_tile);
    var_37 = wp::float(var_36);
    var_38 = wp::div(var_16, var_37);
    // wp::array_store(var_means, var_0, var_1, var_38);
    //---------
    // reverse
    wp::adj_array_store(var_means, var_0, var_1, var_38, adj_means, adj_0, adj_1, adj_38);
    wp::adj_div(var_16, var_37, var_38, adj_16, adj_37, adj_38);
    wp::adj_float(var_36, adj_36, adj_37);
    wp::adj_mul(var_tile, var_tile, adj_tile, adj_tile, adj_36);
    // adj: means[ty, tx] = s / float(tile * tile)                                            <L 48>
    var_21 = wp::iter_reverse(var_21);
    start_for_0:;
        if (iter_cmp(var_21) == 0) goto end_for_0;
        var_22 = wp::iter_next(var_21);
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
        // row = block[i]                                                                     <L 45>
        var_23 = wp::slice_t(var_22, var_22, var_24);
        var_25 = wp::view(var_14, var_23);
        // for j in range(row.shape[0]):                                                      <L 46>
        var_26 = &(var_25.shape);
        var_29 = wp::load(var_26);
        var_28 = wp::extract(var_29, var_27);
        var_30 = wp::range(var_28);
        var_30 = wp::iter_reverse(var_30);
        start_for_2:;
            if (iter_cmp(var_30) == 0) goto end_for_2;
            var_31 = wp::iter_next(var_30);
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
            // s += row[j]                                                                    <L 47>
            var_32 = wp::address(var_25, var_31);
            var_33 = wp::address(var_25, var_31);
            var_35 = wp::load(var_33);
            var_34 = wp::add(var_16, var_35);
            wp::assign(var_16, var_34);
            wp::adj_assign(var_16, var_34, adj_16, adj_34);
            wp::adj_add(var_16, var_35, adj_16, adj_33, adj_34);
            wp::adj_address(var_25, var_31, adj_25, adj_31, adj_33);
            wp::adj_address(var_25, var_31, adj_25, adj_31, adj_32);
            // adj: s += row[j]                                                               <L 47>
        	goto start_for_2;
        end_for_2:;
        wp::adj_range(var_28, adj_28, adj_30);
        wp::adj_extract(var_29, var_27, adj_26, adj_27, adj_28);
        adj_25.shape = adj_26;
        // adj: for j in range(row.shape[0]):                                                 <L 46>
        wp::adj_view(var_14, var_23, adj_14, adj_23, adj_25);
        // adj: row = block[i]                                                                <L 45>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_19, adj_19, adj_21);
    wp::adj_extract(var_20, var_18, adj_17, adj_18, adj_19);
    adj_14.shape = adj_17;
    // adj: for i in range(block.shape[0]):                                                   <L 44>
    wp::adj_float(var_15, adj_15, adj_16);
    // adj: s = float(0.0)                                                                    <L 43>
    wp::adj_view(var_field, var_6, var_12, adj_field, adj_6, adj_12, adj_14);
    wp::adj_mul(var_10, var_tile, adj_10, adj_tile, adj_11);
    wp::adj_add(var_1, var_9, adj_1, adj_9, adj_10);
    wp::adj_mul(var_1, var_tile, adj_1, adj_tile, adj_8);
    wp::adj_mul(var_4, var_tile, adj_4, adj_tile, adj_5);
    wp::adj_add(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_mul(var_0, var_tile, adj_0, adj_tile, adj_2);
    // adj: block = field[ty * tile : (ty + 1) * tile, tx * tile : (tx + 1) * tile]           <L 42>
    // adj: ty, tx = wp.tid()                                                                 <L 41>
    // adj: def tile_means(field: wp.array2d(dtype=float), tile: int, means: wp.array2d(dtype=float)):  <L 40>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void tile_means_3b3e269e_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_tile_means_3b3e269e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        tile_means_3b3e269e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void tile_means_3b3e269e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_tile_means_3b3e269e *_wp_args,
    wp_args_tile_means_3b3e269e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        tile_means_3b3e269e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

