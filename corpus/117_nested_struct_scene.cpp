#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

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


struct Transform2_afad58f0
{
    wp::mat_t<3, 3, wp::float32> rotation;
    wp::vec_t<3, wp::float32> translation;
    wp::float32 scale;


    Transform2_afad58f0() = default;
    CUDA_CALLABLE Transform2_afad58f0(wp::mat_t<3, 3, wp::float32> const& rotation,
    wp::vec_t<3, wp::float32> const& translation = {},
    wp::float32 const& scale = {})
        : rotation{rotation}
        , translation{translation}
        , scale{scale}

    {
    }

    CUDA_CALLABLE Transform2_afad58f0& operator += (const Transform2_afad58f0& rhs)
    {    rotation += rhs.rotation;
    translation += rhs.translation;
    scale += rhs.scale;

        return *this;}

};

static CUDA_CALLABLE void adj_Transform2_afad58f0(wp::mat_t<3, 3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::mat_t<3, 3, wp::float32> & adj_rotation,
    wp::vec_t<3, wp::float32> & adj_translation,
    wp::float32 & adj_scale,
    Transform2_afad58f0 & adj_ret)
{
    adj_rotation += adj_ret.rotation;
    adj_translation += adj_ret.translation;
    adj_scale += adj_ret.scale;
}

// Required when compiling adjoints.
CUDA_CALLABLE Transform2_afad58f0 add(const Transform2_afad58f0& a, const Transform2_afad58f0& b)
{
    return Transform2_afad58f0();
}

CUDA_CALLABLE void adj_atomic_add(Transform2_afad58f0* p, Transform2_afad58f0 t)
{
    wp::adj_atomic_add(&p->rotation, t.rotation);
    wp::adj_atomic_add(&p->translation, t.translation);
    wp::adj_atomic_add(&p->scale, t.scale);
}




struct MeshPool_cec1571d
{
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::int32> offsets;


    MeshPool_cec1571d() = default;
    CUDA_CALLABLE MeshPool_cec1571d(wp::array_t<wp::vec_t<3, wp::float32>> const& points,
    wp::array_t<wp::int32> const& offsets = {})
        : points{points}
        , offsets{offsets}

    {
    }

    CUDA_CALLABLE MeshPool_cec1571d& operator += (const MeshPool_cec1571d& rhs)
    {
        return *this;}

};

static CUDA_CALLABLE void adj_MeshPool_cec1571d(wp::array_t<wp::vec_t<3, wp::float32>> const&,
    wp::array_t<wp::int32> const&,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_points,
    wp::array_t<wp::int32> & adj_offsets,
    MeshPool_cec1571d & adj_ret)
{
    adj_points = adj_ret.points;
    adj_offsets = adj_ret.offsets;
}

// Required when compiling adjoints.
CUDA_CALLABLE MeshPool_cec1571d add(const MeshPool_cec1571d& a, const MeshPool_cec1571d& b)
{
    return MeshPool_cec1571d();
}

CUDA_CALLABLE void adj_atomic_add(MeshPool_cec1571d* p, MeshPool_cec1571d t)
{
    wp::adj_atomic_add(&p->points, t.points);
    wp::adj_atomic_add(&p->offsets, t.offsets);
}




struct Material_79ea949d
{
    wp::vec_t<3, wp::float32> color;
    wp::float32 roughness;
    wp::float32 emissive;


    Material_79ea949d() = default;
    CUDA_CALLABLE Material_79ea949d(wp::vec_t<3, wp::float32> const& color,
    wp::float32 const& roughness = {},
    wp::float32 const& emissive = {})
        : color{color}
        , roughness{roughness}
        , emissive{emissive}

    {
    }

    CUDA_CALLABLE Material_79ea949d& operator += (const Material_79ea949d& rhs)
    {    color += rhs.color;
    roughness += rhs.roughness;
    emissive += rhs.emissive;

        return *this;}

};

static CUDA_CALLABLE void adj_Material_79ea949d(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_color,
    wp::float32 & adj_roughness,
    wp::float32 & adj_emissive,
    Material_79ea949d & adj_ret)
{
    adj_color += adj_ret.color;
    adj_roughness += adj_ret.roughness;
    adj_emissive += adj_ret.emissive;
}

// Required when compiling adjoints.
CUDA_CALLABLE Material_79ea949d add(const Material_79ea949d& a, const Material_79ea949d& b)
{
    return Material_79ea949d();
}

CUDA_CALLABLE void adj_atomic_add(Material_79ea949d* p, Material_79ea949d t)
{
    wp::adj_atomic_add(&p->color, t.color);
    wp::adj_atomic_add(&p->roughness, t.roughness);
    wp::adj_atomic_add(&p->emissive, t.emissive);
}




struct Instance_80f8f58c
{
    Transform2_afad58f0 xform;
    Material_79ea949d material;
    wp::int32 mesh_id;
    bool visible;


    Instance_80f8f58c() = default;
    CUDA_CALLABLE Instance_80f8f58c(Transform2_afad58f0 const& xform,
    Material_79ea949d const& material = {},
    wp::int32 const& mesh_id = {},
    bool const& visible = {})
        : xform{xform}
        , material{material}
        , mesh_id{mesh_id}
        , visible{visible}

    {
    }

    CUDA_CALLABLE Instance_80f8f58c& operator += (const Instance_80f8f58c& rhs)
    {    xform += rhs.xform;
    material += rhs.material;
    mesh_id += rhs.mesh_id;

        return *this;}

};

static CUDA_CALLABLE void adj_Instance_80f8f58c(Transform2_afad58f0 const&,
    Material_79ea949d const&,
    wp::int32 const&,
    bool const&,
    Transform2_afad58f0 & adj_xform,
    Material_79ea949d & adj_material,
    wp::int32 & adj_mesh_id,
    bool & adj_visible,
    Instance_80f8f58c & adj_ret)
{
    adj_xform += adj_ret.xform;
    adj_material += adj_ret.material;
    adj_mesh_id += adj_ret.mesh_id;
    adj_visible += adj_ret.visible;
}

// Required when compiling adjoints.
CUDA_CALLABLE Instance_80f8f58c add(const Instance_80f8f58c& a, const Instance_80f8f58c& b)
{
    return Instance_80f8f58c();
}

CUDA_CALLABLE void adj_atomic_add(Instance_80f8f58c* p, Instance_80f8f58c t)
{
    adj_atomic_add(&p->xform, t.xform);
    adj_atomic_add(&p->material, t.material);
    wp::adj_atomic_add(&p->mesh_id, t.mesh_id);
    wp::adj_atomic_add(&p->visible, t.visible);
}




struct Scene_8027c681
{
    MeshPool_cec1571d meshes;
    wp::array_t<Instance_80f8f58c> instances;
    wp::vec_t<3, wp::float32> ambient;
    wp::float32 exposure;


    Scene_8027c681() = default;
    CUDA_CALLABLE Scene_8027c681(MeshPool_cec1571d const& meshes,
    wp::array_t<Instance_80f8f58c> const& instances = {},
    wp::vec_t<3, wp::float32> const& ambient = {},
    wp::float32 const& exposure = {})
        : meshes{meshes}
        , instances{instances}
        , ambient{ambient}
        , exposure{exposure}

    {
    }

    CUDA_CALLABLE Scene_8027c681& operator += (const Scene_8027c681& rhs)
    {    meshes += rhs.meshes;
    ambient += rhs.ambient;
    exposure += rhs.exposure;

        return *this;}

};

static CUDA_CALLABLE void adj_Scene_8027c681(MeshPool_cec1571d const&,
    wp::array_t<Instance_80f8f58c> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    MeshPool_cec1571d & adj_meshes,
    wp::array_t<Instance_80f8f58c> & adj_instances,
    wp::vec_t<3, wp::float32> & adj_ambient,
    wp::float32 & adj_exposure,
    Scene_8027c681 & adj_ret)
{
    adj_meshes += adj_ret.meshes;
    adj_instances = adj_ret.instances;
    adj_ambient += adj_ret.ambient;
    adj_exposure += adj_ret.exposure;
}

// Required when compiling adjoints.
CUDA_CALLABLE Scene_8027c681 add(const Scene_8027c681& a, const Scene_8027c681& b)
{
    return Scene_8027c681();
}

CUDA_CALLABLE void adj_atomic_add(Scene_8027c681* p, Scene_8027c681 t)
{
    adj_atomic_add(&p->meshes, t.meshes);
    wp::adj_atomic_add(&p->instances, t.instances);
    wp::adj_atomic_add(&p->ambient, t.ambient);
    wp::adj_atomic_add(&p->exposure, t.exposure);
}




// corpus/117_nested_struct_scene.py:40
static wp::vec_t<3, wp::float32> apply_xform_0(
    Transform2_afad58f0 var_t,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::float32* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // forward
    // def apply_xform(t: Transform2, p: wp.vec3) -> wp.vec3:                                 <L 41>
    // return t.rotation * p * t.scale + t.translation                                        <L 42>
    var_0 = &((var_t).rotation);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_p);
    var_3 = &((var_t).scale);
    var_5 = wp::load(var_3);
    var_4 = wp::mul(var_1, var_5);
    var_6 = &((var_t).translation);
    var_8 = wp::load(var_6);
    var_7 = wp::add(var_4, var_8);
    return var_7;
}


// corpus/117_nested_struct_scene.py:45
static void instance_bounds_0(
    Scene_8027c681 var_scene,
    Instance_80f8f58c var_inst,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1e+30;
    const wp::float32 var_1 = 1e+30;
    const wp::float32 var_2 = 1e+30;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = -1e+30;
    const wp::float32 var_5 = -1e+30;
    const wp::float32 var_6 = -1e+30;
    wp::vec_t<3, wp::float32> var_7;
    MeshPool_cec1571d* var_8;
    wp::array_t<wp::int32>* var_9;
    wp::int32* var_10;
    wp::int32* var_11;
    wp::array_t<wp::int32> var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    MeshPool_cec1571d* var_16;
    wp::array_t<wp::int32>* var_17;
    wp::int32* var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int32* var_22;
    wp::array_t<wp::int32> var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::range_t var_26;
    wp::int32 var_27;
    Transform2_afad58f0* var_28;
    MeshPool_cec1571d* var_29;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::array_t<wp::vec_t<3, wp::float32>> var_32;
    wp::vec_t<3, wp::float32> var_33;
    Transform2_afad58f0 var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    //---------
    // forward
    // def instance_bounds(scene: Scene, inst: Instance):                                     <L 46>
    // lo = wp.vec3(1.0e30, 1.0e30, 1.0e30)                                                   <L 47>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    // hi = wp.vec3(-1.0e30, -1.0e30, -1.0e30)                                                <L 48>
    var_7 = wp::vec_t<3, wp::float32>(var_4, var_5, var_6);
    // start = scene.meshes.offsets[inst.mesh_id]                                             <L 49>
    var_8 = &((var_scene).meshes);
    var_9 = &(((var_scene).meshes).offsets);
    var_10 = &((var_inst).mesh_id);
    var_12 = wp::load(var_9);
    var_13 = wp::load(var_10);
    var_11 = wp::address(var_12, var_13);
    var_15 = wp::load(var_11);
    var_14 = wp::copy(var_15);
    // end = scene.meshes.offsets[inst.mesh_id + 1]                                           <L 50>
    var_16 = &((var_scene).meshes);
    var_17 = &(((var_scene).meshes).offsets);
    var_18 = &((var_inst).mesh_id);
    var_21 = wp::load(var_18);
    var_20 = wp::add(var_21, var_19);
    var_23 = wp::load(var_17);
    var_22 = wp::address(var_23, var_20);
    var_25 = wp::load(var_22);
    var_24 = wp::copy(var_25);
    // for k in range(start, end):                                                            <L 51>
    var_26 = wp::range(var_14, var_24);
    start_for_0:;
        if (iter_cmp(var_26) == 0) goto end_for_0;
        var_27 = wp::iter_next(var_26);
        // p = apply_xform(inst.xform, scene.meshes.points[k])                                <L 52>
        var_28 = &((var_inst).xform);
        var_29 = &((var_scene).meshes);
        var_30 = &(((var_scene).meshes).points);
        var_32 = wp::load(var_30);
        var_31 = wp::address(var_32, var_27);
        var_34 = wp::load(var_28);
        var_35 = wp::load(var_31);
        var_33 = apply_xform_0(var_34, var_35);
        // lo = wp.min(lo, p)                                                                 <L 53>
        var_36 = wp::min(var_3, var_33);
        // hi = wp.max(hi, p)                                                                 <L 54>
        var_37 = wp::max(var_7, var_33);
        wp::assign(var_3, var_36);
        wp::assign(var_7, var_37);
        goto start_for_0;
    end_for_0:;
    // return lo, hi                                                                          <L 55>
    ret_0 = var_3;
    ret_1 = var_7;
    return;
}


// corpus/117_nested_struct_scene.py:40
static void adj_apply_xform_0(
    Transform2_afad58f0 var_t,
    wp::vec_t<3, wp::float32> var_p,
    Transform2_afad58f0 & adj_t,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::float32* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // dual vars
    wp::mat_t<3, 3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    //---------
    // forward
    // def apply_xform(t: Transform2, p: wp.vec3) -> wp.vec3:                                 <L 41>
    // return t.rotation * p * t.scale + t.translation                                        <L 42>
    var_0 = &((var_t).rotation);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_p);
    var_3 = &((var_t).scale);
    var_5 = wp::load(var_3);
    var_4 = wp::mul(var_1, var_5);
    var_6 = &((var_t).translation);
    var_8 = wp::load(var_6);
    var_7 = wp::add(var_4, var_8);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_add(var_4, var_8, adj_4, adj_6, adj_7);
    adj_t.translation += adj_6;
    wp::adj_mul(var_1, var_5, adj_1, adj_3, adj_4);
    adj_t.scale += adj_3;
    wp::adj_mul(var_2, var_p, adj_0, adj_p, adj_1);
    adj_t.rotation += adj_0;
    // adj: return t.rotation * p * t.scale + t.translation                                   <L 42>
    // adj: def apply_xform(t: Transform2, p: wp.vec3) -> wp.vec3:                            <L 41>
    return;
}


// corpus/117_nested_struct_scene.py:45
static void adj_instance_bounds_0(
    Scene_8027c681 var_scene,
    Instance_80f8f58c var_inst,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    Scene_8027c681 & adj_scene,
    Instance_80f8f58c & adj_inst,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1e+30;
    const wp::float32 var_1 = 1e+30;
    const wp::float32 var_2 = 1e+30;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = -1e+30;
    const wp::float32 var_5 = -1e+30;
    const wp::float32 var_6 = -1e+30;
    wp::vec_t<3, wp::float32> var_7;
    MeshPool_cec1571d* var_8;
    wp::array_t<wp::int32>* var_9;
    wp::int32* var_10;
    wp::int32* var_11;
    wp::array_t<wp::int32> var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    MeshPool_cec1571d* var_16;
    wp::array_t<wp::int32>* var_17;
    wp::int32* var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int32* var_22;
    wp::array_t<wp::int32> var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::range_t var_26;
    wp::int32 var_27;
    Transform2_afad58f0* var_28;
    MeshPool_cec1571d* var_29;
    wp::array_t<wp::vec_t<3, wp::float32>>* var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::array_t<wp::vec_t<3, wp::float32>> var_32;
    wp::vec_t<3, wp::float32> var_33;
    Transform2_afad58f0 var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    MeshPool_cec1571d adj_8 = {};
    wp::array_t<wp::int32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::array_t<wp::int32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    MeshPool_cec1571d adj_16 = {};
    wp::array_t<wp::int32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::array_t<wp::int32> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::range_t adj_26 = {};
    wp::int32 adj_27 = {};
    Transform2_afad58f0 adj_28 = {};
    MeshPool_cec1571d adj_29 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    Transform2_afad58f0 adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    //---------
    // forward
    // def instance_bounds(scene: Scene, inst: Instance):                                     <L 46>
    // lo = wp.vec3(1.0e30, 1.0e30, 1.0e30)                                                   <L 47>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    // hi = wp.vec3(-1.0e30, -1.0e30, -1.0e30)                                                <L 48>
    var_7 = wp::vec_t<3, wp::float32>(var_4, var_5, var_6);
    // start = scene.meshes.offsets[inst.mesh_id]                                             <L 49>
    var_8 = &((var_scene).meshes);
    var_9 = &(((var_scene).meshes).offsets);
    var_10 = &((var_inst).mesh_id);
    var_12 = wp::load(var_9);
    var_13 = wp::load(var_10);
    var_11 = wp::address(var_12, var_13);
    var_15 = wp::load(var_11);
    var_14 = wp::copy(var_15);
    // end = scene.meshes.offsets[inst.mesh_id + 1]                                           <L 50>
    var_16 = &((var_scene).meshes);
    var_17 = &(((var_scene).meshes).offsets);
    var_18 = &((var_inst).mesh_id);
    var_21 = wp::load(var_18);
    var_20 = wp::add(var_21, var_19);
    var_23 = wp::load(var_17);
    var_22 = wp::address(var_23, var_20);
    var_25 = wp::load(var_22);
    var_24 = wp::copy(var_25);
    // for k in range(start, end):                                                            <L 51>
    var_26 = wp::range(var_14, var_24);
    // return lo, hi                                                                          <L 55>
    ret_0 = var_3;
    ret_1 = var_7;
    goto label2;
    //---------
    // reverse
    label2:;
    adj_7 += adj_ret_1;
    adj_3 += adj_ret_0;
    // adj: return lo, hi                                                                     <L 55>
    var_26 = wp::iter_reverse(var_26);
    start_for_0:;
        if (iter_cmp(var_26) == 0) goto end_for_0;
        var_27 = wp::iter_next(var_26);
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
    	adj_34 = {};
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
        // p = apply_xform(inst.xform, scene.meshes.points[k])                                <L 52>
        var_28 = &((var_inst).xform);
        var_29 = &((var_scene).meshes);
        var_30 = &(((var_scene).meshes).points);
        var_32 = wp::load(var_30);
        var_31 = wp::address(var_32, var_27);
        var_34 = wp::load(var_28);
        var_35 = wp::load(var_31);
        var_33 = apply_xform_0(var_34, var_35);
        // lo = wp.min(lo, p)                                                                 <L 53>
        var_36 = wp::min(var_3, var_33);
        // hi = wp.max(hi, p)                                                                 <L 54>
        var_37 = wp::max(var_7, var_33);
        wp::assign(var_3, var_36);
        wp::assign(var_7, var_37);
        wp::adj_assign(var_7, var_37, adj_7, adj_37);
        wp::adj_assign(var_3, var_36, adj_3, adj_36);
        wp::adj_max(var_7, var_33, adj_7, adj_33, adj_37);
        // adj: hi = wp.max(hi, p)                                                            <L 54>
        wp::adj_min(var_3, var_33, adj_3, adj_33, adj_36);
        // adj: lo = wp.min(lo, p)                                                            <L 53>
        adj_apply_xform_0(var_34, var_35, adj_28, adj_31, adj_33);
        wp::adj_address(var_32, var_27, adj_30, adj_27, adj_31);
        adj_29.points = adj_30;
        adj_scene.meshes += adj_29;
        adj_inst.xform += adj_28;
        // adj: p = apply_xform(inst.xform, scene.meshes.points[k])                           <L 52>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(start, end):                                                       <L 51>
    wp::adj_copy(var_25, adj_22, adj_24);
    wp::adj_address(var_23, var_20, adj_17, adj_20, adj_22);
    wp::adj_add(var_21, var_19, adj_18, adj_19, adj_20);
    adj_inst.mesh_id = adj_18;
    adj_16.offsets = adj_17;
    adj_scene.meshes += adj_16;
    // adj: end = scene.meshes.offsets[inst.mesh_id + 1]                                      <L 50>
    wp::adj_copy(var_15, adj_11, adj_14);
    wp::adj_address(var_12, var_13, adj_9, adj_10, adj_11);
    adj_inst.mesh_id = adj_10;
    adj_8.offsets = adj_9;
    adj_scene.meshes += adj_8;
    // adj: start = scene.meshes.offsets[inst.mesh_id]                                        <L 49>
    wp::adj_vec_t(var_4, var_5, var_6, adj_4, adj_5, adj_6, adj_7);
    // adj: hi = wp.vec3(-1.0e30, -1.0e30, -1.0e30)                                           <L 48>
    wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    // adj: lo = wp.vec3(1.0e30, 1.0e30, 1.0e30)                                              <L 47>
    // adj: def instance_bounds(scene: Scene, inst: Instance):                                <L 46>
    return;
}

struct wp_args_compute_instance_bounds_108deeb9 {
    Scene_8027c681 scene;
    wp::array_t<wp::vec_t<3, wp::float32>> lo_out;
    wp::array_t<wp::vec_t<3, wp::float32>> hi_out;
    wp::array_t<wp::int32> visible_count;
};


void compute_instance_bounds_108deeb9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_instance_bounds_108deeb9 *_wp_args)
{
    //---------
    // argument vars
    Scene_8027c681 var_scene = _wp_args->scene;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo_out = _wp_args->lo_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi_out = _wp_args->hi_out;
    wp::array_t<wp::int32> var_visible_count = _wp_args->visible_count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<Instance_80f8f58c>* var_1;
    Instance_80f8f58c* var_2;
    wp::array_t<Instance_80f8f58c> var_3;
    Instance_80f8f58c var_4;
    Instance_80f8f58c var_5;
    bool* var_6;
    bool var_7;
    bool var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    //---------
    // forward
    // def compute_instance_bounds(scene: Scene, lo_out: wp.array(dtype=wp.vec3), hi_out: wp.array(dtype=wp.vec3), visible_count: wp.array(dtype=int)):       <L 59>
    // i = wp.tid()                                                                           <L 60>
    var_0 = builtin_tid1d();
    // inst = scene.instances[i]                                                              <L 61>
    var_1 = &((var_scene).instances);
    var_3 = wp::load(var_1);
    var_2 = wp::address(var_3, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::copy(var_5);
    // if not inst.visible:                                                                   <L 62>
    var_6 = &((var_4).visible);
    var_8 = wp::load(var_6);
    var_7 = wp::unot(var_8);
    if (var_7) {
        // lo_out[i] = wp.vec3()                                                              <L 63>
        var_9 = wp::vec_t<3, wp::float32>();
        wp::array_store(var_lo_out, var_0, var_9);
        // hi_out[i] = wp.vec3()                                                              <L 64>
        var_10 = wp::vec_t<3, wp::float32>();
        wp::array_store(var_hi_out, var_0, var_10);
        // return                                                                             <L 65>
        return;
    }
    // lo, hi = instance_bounds(scene, inst)                                                  <L 66>
    instance_bounds_0(var_scene, var_4, var_11, var_12);
    // lo_out[i] = lo                                                                         <L 67>
    wp::array_store(var_lo_out, var_0, var_11);
    // hi_out[i] = hi                                                                         <L 68>
    wp::array_store(var_hi_out, var_0, var_12);
    // wp.atomic_add(visible_count, 0, 1)                                                     <L 69>
    var_15 = wp::atomic_add(var_visible_count, var_13, var_14);
}



void compute_instance_bounds_108deeb9_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_instance_bounds_108deeb9 *_wp_args,
    wp_args_compute_instance_bounds_108deeb9 *_wp_adj_args)
{
    //---------
    // argument vars
    Scene_8027c681 var_scene = _wp_args->scene;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo_out = _wp_args->lo_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi_out = _wp_args->hi_out;
    wp::array_t<wp::int32> var_visible_count = _wp_args->visible_count;
    Scene_8027c681 adj_scene = _wp_adj_args->scene;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lo_out = _wp_adj_args->lo_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hi_out = _wp_adj_args->hi_out;
    wp::array_t<wp::int32> adj_visible_count = _wp_adj_args->visible_count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<Instance_80f8f58c>* var_1;
    Instance_80f8f58c* var_2;
    wp::array_t<Instance_80f8f58c> var_3;
    Instance_80f8f58c var_4;
    Instance_80f8f58c var_5;
    bool* var_6;
    bool var_7;
    bool var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::array_t<Instance_80f8f58c> adj_1 = {};
    Instance_80f8f58c adj_2 = {};
    wp::array_t<Instance_80f8f58c> adj_3 = {};
    Instance_80f8f58c adj_4 = {};
    Instance_80f8f58c adj_5 = {};
    bool adj_6 = {};
    bool adj_7 = {};
    bool adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    //---------
    // forward
    // def compute_instance_bounds(scene: Scene, lo_out: wp.array(dtype=wp.vec3), hi_out: wp.array(dtype=wp.vec3), visible_count: wp.array(dtype=int)):       <L 59>
    // i = wp.tid()                                                                           <L 60>
    var_0 = builtin_tid1d();
    // inst = scene.instances[i]                                                              <L 61>
    var_1 = &((var_scene).instances);
    var_3 = wp::load(var_1);
    var_2 = wp::address(var_3, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::copy(var_5);
    // if not inst.visible:                                                                   <L 62>
    var_6 = &((var_4).visible);
    var_8 = wp::load(var_6);
    var_7 = wp::unot(var_8);
    if (var_7) {
        // lo_out[i] = wp.vec3()                                                              <L 63>
        var_9 = wp::vec_t<3, wp::float32>();
        // wp::array_store(var_lo_out, var_0, var_9);
        // hi_out[i] = wp.vec3()                                                              <L 64>
        var_10 = wp::vec_t<3, wp::float32>();
        // wp::array_store(var_hi_out, var_0, var_10);
        // return                                                                             <L 65>
        goto label0;
    }
    // lo, hi = instance_bounds(scene, inst)                                                  <L 66>
    instance_bounds_0(var_scene, var_4, var_11, var_12);
    // lo_out[i] = lo                                                                         <L 67>
    // wp::array_store(var_lo_out, var_0, var_11);
    // hi_out[i] = hi                                                                         <L 68>
    // wp::array_store(var_hi_out, var_0, var_12);
    // wp.atomic_add(visible_count, 0, 1)                                                     <L 69>
    // var_15 = wp::atomic_add(var_visible_count, var_13, var_14);
    //---------
    // reverse
    wp::adj_atomic_add(var_visible_count, var_13, var_14, adj_visible_count, adj_13, adj_14, adj_15);
    // adj: wp.atomic_add(visible_count, 0, 1)                                                <L 69>
    wp::adj_array_store(var_hi_out, var_0, var_12, adj_hi_out, adj_0, adj_12);
    // adj: hi_out[i] = hi                                                                    <L 68>
    wp::adj_array_store(var_lo_out, var_0, var_11, adj_lo_out, adj_0, adj_11);
    // adj: lo_out[i] = lo                                                                    <L 67>
    adj_instance_bounds_0(var_scene, var_4, var_11, var_12, adj_scene, adj_4, adj_11, adj_12);
    // adj: lo, hi = instance_bounds(scene, inst)                                             <L 66>
    if (var_7) {
        label0:;
        // adj: return                                                                        <L 65>
        wp::adj_array_store(var_hi_out, var_0, var_10, adj_hi_out, adj_0, adj_10);
        // adj: hi_out[i] = wp.vec3()                                                         <L 64>
        wp::adj_array_store(var_lo_out, var_0, var_9, adj_lo_out, adj_0, adj_9);
        // adj: lo_out[i] = wp.vec3()                                                         <L 63>
    }
    adj_4.visible = adj_6;
    // adj: if not inst.visible:                                                              <L 62>
    wp::adj_copy(var_5, adj_2, adj_4);
    wp::adj_address(var_3, var_0, adj_1, adj_0, adj_2);
    adj_scene.instances = adj_1;
    // adj: inst = scene.instances[i]                                                         <L 61>
    // adj: i = wp.tid()                                                                      <L 60>
    // adj: def compute_instance_bounds(scene: Scene, lo_out: wp.array(dtype=wp.vec3), hi_out: wp.array(dtype=wp.vec3), visible_count: wp.array(dtype=int)):  <L 59>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void compute_instance_bounds_108deeb9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_instance_bounds_108deeb9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_instance_bounds_108deeb9_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void compute_instance_bounds_108deeb9_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_instance_bounds_108deeb9 *_wp_args,
    wp_args_compute_instance_bounds_108deeb9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_instance_bounds_108deeb9_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_shade_instances_cbe20ae0 {
    Scene_8027c681 scene;
    wp::vec_t<3, wp::float32> light_dir;
    wp::array_t<wp::vec_t<3, wp::float32>> colors;
};


void shade_instances_cbe20ae0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shade_instances_cbe20ae0 *_wp_args)
{
    //---------
    // argument vars
    Scene_8027c681 var_scene = _wp_args->scene;
    wp::vec_t<3, wp::float32> var_light_dir = _wp_args->light_dir;
    wp::array_t<wp::vec_t<3, wp::float32>> var_colors = _wp_args->colors;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<Instance_80f8f58c>* var_1;
    Instance_80f8f58c* var_2;
    wp::array_t<Instance_80f8f58c> var_3;
    Instance_80f8f58c var_4;
    Instance_80f8f58c var_5;
    Material_79ea949d* var_6;
    Material_79ea949d var_7;
    Material_79ea949d var_8;
    Transform2_afad58f0* var_9;
    wp::mat_t<3, 3, wp::float32>* var_10;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    wp::float32 var_21;
    const wp::float32 var_22 = 1.0;
    const wp::float32 var_23 = 64.0;
    const wp::float32 var_24 = 1.0;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32>* var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32>* var_39;
    wp::float32* var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32 var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::float32* var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::float32 var_47;
    //---------
    // forward
    // def shade_instances(scene: Scene, light_dir: wp.vec3, colors: wp.array(dtype=wp.vec3)):       <L 73>
    // i = wp.tid()                                                                           <L 74>
    var_0 = builtin_tid1d();
    // inst = scene.instances[i]                                                              <L 75>
    var_1 = &((var_scene).instances);
    var_3 = wp::load(var_1);
    var_2 = wp::address(var_3, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::copy(var_5);
    // m = inst.material                                                                      <L 76>
    var_6 = &((var_4).material);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // up = inst.xform.rotation * wp.vec3(0.0, 1.0, 0.0)                                      <L 77>
    var_9 = &((var_4).xform);
    var_10 = &(((var_4).xform).rotation);
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    var_16 = wp::load(var_10);
    var_15 = wp::mul(var_16, var_14);
    // lambert = wp.max(wp.dot(wp.normalize(up), -light_dir), 0.0)                            <L 78>
    var_17 = wp::normalize(var_15);
    var_18 = wp::neg(var_light_dir);
    var_19 = wp::dot(var_17, var_18);
    var_21 = wp::max(var_19, var_20);
    // spec = wp.pow(lambert, 1.0 + 64.0 * (1.0 - m.roughness))                               <L 79>
    var_25 = &((var_7).roughness);
    var_27 = wp::load(var_25);
    var_26 = wp::sub(var_24, var_27);
    var_28 = wp::mul(var_23, var_26);
    var_29 = wp::add(var_22, var_28);
    var_30 = wp::pow(var_21, var_29);
    // c = m.color * lambert + wp.vec3(spec, spec, spec) + scene.ambient + m.color * m.emissive       <L 80>
    var_31 = &((var_7).color);
    var_33 = wp::load(var_31);
    var_32 = wp::mul(var_33, var_21);
    var_34 = wp::vec_t<3, wp::float32>(var_30, var_30, var_30);
    var_35 = wp::add(var_32, var_34);
    var_36 = &((var_scene).ambient);
    var_38 = wp::load(var_36);
    var_37 = wp::add(var_35, var_38);
    var_39 = &((var_7).color);
    var_40 = &((var_7).emissive);
    var_42 = wp::load(var_39);
    var_43 = wp::load(var_40);
    var_41 = wp::mul(var_42, var_43);
    var_44 = wp::add(var_37, var_41);
    // colors[i] = c * scene.exposure                                                         <L 81>
    var_45 = &((var_scene).exposure);
    var_47 = wp::load(var_45);
    var_46 = wp::mul(var_44, var_47);
    wp::array_store(var_colors, var_0, var_46);
}



void shade_instances_cbe20ae0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shade_instances_cbe20ae0 *_wp_args,
    wp_args_shade_instances_cbe20ae0 *_wp_adj_args)
{
    //---------
    // argument vars
    Scene_8027c681 var_scene = _wp_args->scene;
    wp::vec_t<3, wp::float32> var_light_dir = _wp_args->light_dir;
    wp::array_t<wp::vec_t<3, wp::float32>> var_colors = _wp_args->colors;
    Scene_8027c681 adj_scene = _wp_adj_args->scene;
    wp::vec_t<3, wp::float32> adj_light_dir = _wp_adj_args->light_dir;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_colors = _wp_adj_args->colors;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<Instance_80f8f58c>* var_1;
    Instance_80f8f58c* var_2;
    wp::array_t<Instance_80f8f58c> var_3;
    Instance_80f8f58c var_4;
    Instance_80f8f58c var_5;
    Material_79ea949d* var_6;
    Material_79ea949d var_7;
    Material_79ea949d var_8;
    Transform2_afad58f0* var_9;
    wp::mat_t<3, 3, wp::float32>* var_10;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    wp::float32 var_21;
    const wp::float32 var_22 = 1.0;
    const wp::float32 var_23 = 64.0;
    const wp::float32 var_24 = 1.0;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32>* var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32>* var_39;
    wp::float32* var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32 var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::float32* var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::float32 var_47;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::array_t<Instance_80f8f58c> adj_1 = {};
    Instance_80f8f58c adj_2 = {};
    wp::array_t<Instance_80f8f58c> adj_3 = {};
    Instance_80f8f58c adj_4 = {};
    Instance_80f8f58c adj_5 = {};
    Material_79ea949d adj_6 = {};
    Material_79ea949d adj_7 = {};
    Material_79ea949d adj_8 = {};
    Transform2_afad58f0 adj_9 = {};
    wp::mat_t<3, 3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::mat_t<3, 3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::float32 adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::float32 adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::float32 adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::float32 adj_47 = {};
    //---------
    // forward
    // def shade_instances(scene: Scene, light_dir: wp.vec3, colors: wp.array(dtype=wp.vec3)):       <L 73>
    // i = wp.tid()                                                                           <L 74>
    var_0 = builtin_tid1d();
    // inst = scene.instances[i]                                                              <L 75>
    var_1 = &((var_scene).instances);
    var_3 = wp::load(var_1);
    var_2 = wp::address(var_3, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::copy(var_5);
    // m = inst.material                                                                      <L 76>
    var_6 = &((var_4).material);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // up = inst.xform.rotation * wp.vec3(0.0, 1.0, 0.0)                                      <L 77>
    var_9 = &((var_4).xform);
    var_10 = &(((var_4).xform).rotation);
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    var_16 = wp::load(var_10);
    var_15 = wp::mul(var_16, var_14);
    // lambert = wp.max(wp.dot(wp.normalize(up), -light_dir), 0.0)                            <L 78>
    var_17 = wp::normalize(var_15);
    var_18 = wp::neg(var_light_dir);
    var_19 = wp::dot(var_17, var_18);
    var_21 = wp::max(var_19, var_20);
    // spec = wp.pow(lambert, 1.0 + 64.0 * (1.0 - m.roughness))                               <L 79>
    var_25 = &((var_7).roughness);
    var_27 = wp::load(var_25);
    var_26 = wp::sub(var_24, var_27);
    var_28 = wp::mul(var_23, var_26);
    var_29 = wp::add(var_22, var_28);
    var_30 = wp::pow(var_21, var_29);
    // c = m.color * lambert + wp.vec3(spec, spec, spec) + scene.ambient + m.color * m.emissive       <L 80>
    var_31 = &((var_7).color);
    var_33 = wp::load(var_31);
    var_32 = wp::mul(var_33, var_21);
    var_34 = wp::vec_t<3, wp::float32>(var_30, var_30, var_30);
    var_35 = wp::add(var_32, var_34);
    var_36 = &((var_scene).ambient);
    var_38 = wp::load(var_36);
    var_37 = wp::add(var_35, var_38);
    var_39 = &((var_7).color);
    var_40 = &((var_7).emissive);
    var_42 = wp::load(var_39);
    var_43 = wp::load(var_40);
    var_41 = wp::mul(var_42, var_43);
    var_44 = wp::add(var_37, var_41);
    // colors[i] = c * scene.exposure                                                         <L 81>
    var_45 = &((var_scene).exposure);
    var_47 = wp::load(var_45);
    var_46 = wp::mul(var_44, var_47);
    // wp::array_store(var_colors, var_0, var_46);
    //---------
    // reverse
    wp::adj_array_store(var_colors, var_0, var_46, adj_colors, adj_0, adj_46);
    wp::adj_mul(var_44, var_47, adj_44, adj_45, adj_46);
    adj_scene.exposure += adj_45;
    // adj: colors[i] = c * scene.exposure                                                    <L 81>
    wp::adj_add(var_37, var_41, adj_37, adj_41, adj_44);
    wp::adj_mul(var_42, var_43, adj_39, adj_40, adj_41);
    adj_7.emissive += adj_40;
    adj_7.color += adj_39;
    wp::adj_add(var_35, var_38, adj_35, adj_36, adj_37);
    adj_scene.ambient += adj_36;
    wp::adj_add(var_32, var_34, adj_32, adj_34, adj_35);
    wp::adj_vec_t(var_30, var_30, var_30, adj_30, adj_30, adj_30, adj_34);
    wp::adj_mul(var_33, var_21, adj_31, adj_21, adj_32);
    adj_7.color += adj_31;
    // adj: c = m.color * lambert + wp.vec3(spec, spec, spec) + scene.ambient + m.color * m.emissive  <L 80>
    wp::adj_pow(var_21, var_29, var_30, adj_21, adj_29, adj_30);
    wp::adj_add(var_22, var_28, adj_22, adj_28, adj_29);
    wp::adj_mul(var_23, var_26, adj_23, adj_26, adj_28);
    wp::adj_sub(var_24, var_27, adj_24, adj_25, adj_26);
    adj_7.roughness += adj_25;
    // adj: spec = wp.pow(lambert, 1.0 + 64.0 * (1.0 - m.roughness))                          <L 79>
    wp::adj_max(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_dot(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_neg(var_light_dir, adj_light_dir, adj_18);
    wp::adj_normalize(var_15, var_17, adj_15, adj_17);
    // adj: lambert = wp.max(wp.dot(wp.normalize(up), -light_dir), 0.0)                       <L 78>
    wp::adj_mul(var_16, var_14, adj_10, adj_14, adj_15);
    wp::adj_vec_t(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
    adj_9.rotation += adj_10;
    adj_4.xform += adj_9;
    // adj: up = inst.xform.rotation * wp.vec3(0.0, 1.0, 0.0)                                 <L 77>
    wp::adj_copy(var_8, adj_6, adj_7);
    adj_4.material += adj_6;
    // adj: m = inst.material                                                                 <L 76>
    wp::adj_copy(var_5, adj_2, adj_4);
    wp::adj_address(var_3, var_0, adj_1, adj_0, adj_2);
    adj_scene.instances = adj_1;
    // adj: inst = scene.instances[i]                                                         <L 75>
    // adj: i = wp.tid()                                                                      <L 74>
    // adj: def shade_instances(scene: Scene, light_dir: wp.vec3, colors: wp.array(dtype=wp.vec3)):  <L 73>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void shade_instances_cbe20ae0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shade_instances_cbe20ae0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        shade_instances_cbe20ae0_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void shade_instances_cbe20ae0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shade_instances_cbe20ae0 *_wp_args,
    wp_args_shade_instances_cbe20ae0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        shade_instances_cbe20ae0_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_animate_instances_76a3a711 {
    wp::array_t<Instance_80f8f58c> instances;
    wp::float32 t;
    wp::float32 speed;
};


void animate_instances_76a3a711_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_animate_instances_76a3a711 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Instance_80f8f58c> var_instances = _wp_args->instances;
    wp::float32 var_t = _wp_args->t;
    wp::float32 var_speed = _wp_args->speed;
    //---------
    // primal vars
    wp::int32 var_0;
    Instance_80f8f58c* var_1;
    Instance_80f8f58c var_2;
    Instance_80f8f58c var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 0.1;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 1.0;
    const wp::float32 var_16 = 0.0;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    wp::mat_t<3, 3, wp::float32> var_19;
    Transform2_afad58f0* var_20;
    wp::vec_t<3, wp::float32>* var_21;
    const wp::int32 var_22 = 0;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = 0.5;
    wp::float32 var_26;
    wp::float32 var_27;
    Transform2_afad58f0* var_28;
    wp::vec_t<3, wp::float32>* var_29;
    const wp::int32 var_30 = 2;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 0.5;
    const wp::float32 var_35 = 0.5;
    const wp::float32 var_36 = 2.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    Transform2_afad58f0* var_41;
    wp::float32* var_42;
    const wp::float32 var_43 = 0.0;
    bool var_44;
    wp::float32 var_45;
    //---------
    // forward
    // def animate_instances(instances: wp.array(dtype=Instance), t: float, speed: float):       <L 85>
    // i = wp.tid()                                                                           <L 86>
    var_0 = builtin_tid1d();
    // inst = instances[i]                                                                    <L 87>
    var_1 = wp::address(var_instances, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // angle = t * speed * (1.0 + 0.1 * float(i))                                             <L 88>
    var_4 = wp::mul(var_t, var_speed);
    var_7 = wp::float(var_0);
    var_8 = wp::mul(var_6, var_7);
    var_9 = wp::add(var_5, var_8);
    var_10 = wp::mul(var_4, var_9);
    // c = wp.cos(angle)                                                                      <L 89>
    var_11 = wp::cos(var_10);
    // s = wp.sin(angle)                                                                      <L 90>
    var_12 = wp::sin(var_10);
    // inst.xform.rotation = wp.mat33(c, 0.0, s, 0.0, 1.0, 0.0, -s, 0.0, c)                   <L 91>
    var_17 = wp::neg(var_12);
    var_19 = wp::mat_t<3, 3, wp::float32>(var_11, var_13, var_12, var_14, var_15, var_16, var_17, var_18, var_11);
    var_2.xform.rotation = var_19;
    // inst.xform.translation = wp.vec3(inst.xform.translation[0], 0.5 * wp.sin(angle), inst.xform.translation[2])       <L 92>
    var_20 = &((var_2).xform);
    var_21 = &(((var_2).xform).translation);
    var_24 = wp::load(var_21);
    var_23 = wp::extract(var_24, var_22);
    var_26 = wp::sin(var_10);
    var_27 = wp::mul(var_25, var_26);
    var_28 = &((var_2).xform);
    var_29 = &(((var_2).xform).translation);
    var_32 = wp::load(var_29);
    var_31 = wp::extract(var_32, var_30);
    var_33 = wp::vec_t<3, wp::float32>(var_23, var_27, var_31);
    var_2.xform.translation = var_33;
    // inst.material.emissive = 0.5 + 0.5 * wp.sin(angle * 2.0)                               <L 93>
    var_37 = wp::mul(var_10, var_36);
    var_38 = wp::sin(var_37);
    var_39 = wp::mul(var_35, var_38);
    var_40 = wp::add(var_34, var_39);
    var_2.material.emissive = var_40;
    // inst.visible = inst.xform.scale > 0.0                                                  <L 94>
    var_41 = &((var_2).xform);
    var_42 = &(((var_2).xform).scale);
    var_45 = wp::load(var_42);
    var_44 = (var_45 > var_43);
    var_2.visible = var_44;
    // instances[i] = inst                                                                    <L 95>
    wp::array_store(var_instances, var_0, var_2);
}



void animate_instances_76a3a711_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_animate_instances_76a3a711 *_wp_args,
    wp_args_animate_instances_76a3a711 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Instance_80f8f58c> var_instances = _wp_args->instances;
    wp::float32 var_t = _wp_args->t;
    wp::float32 var_speed = _wp_args->speed;
    wp::array_t<Instance_80f8f58c> adj_instances = _wp_adj_args->instances;
    wp::float32 adj_t = _wp_adj_args->t;
    wp::float32 adj_speed = _wp_adj_args->speed;
    //---------
    // primal vars
    wp::int32 var_0;
    Instance_80f8f58c* var_1;
    Instance_80f8f58c var_2;
    Instance_80f8f58c var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 0.1;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 1.0;
    const wp::float32 var_16 = 0.0;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    wp::mat_t<3, 3, wp::float32> var_19;
    Transform2_afad58f0* var_20;
    wp::vec_t<3, wp::float32>* var_21;
    const wp::int32 var_22 = 0;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = 0.5;
    wp::float32 var_26;
    wp::float32 var_27;
    Transform2_afad58f0* var_28;
    wp::vec_t<3, wp::float32>* var_29;
    const wp::int32 var_30 = 2;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 0.5;
    const wp::float32 var_35 = 0.5;
    const wp::float32 var_36 = 2.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    Transform2_afad58f0* var_41;
    wp::float32* var_42;
    const wp::float32 var_43 = 0.0;
    bool var_44;
    wp::float32 var_45;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Instance_80f8f58c adj_1 = {};
    Instance_80f8f58c adj_2 = {};
    Instance_80f8f58c adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::mat_t<3, 3, wp::float32> adj_19 = {};
    Transform2_afad58f0 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    Transform2_afad58f0 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    Transform2_afad58f0 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    bool adj_44 = {};
    wp::float32 adj_45 = {};
    //---------
    // forward
    // def animate_instances(instances: wp.array(dtype=Instance), t: float, speed: float):       <L 85>
    // i = wp.tid()                                                                           <L 86>
    var_0 = builtin_tid1d();
    // inst = instances[i]                                                                    <L 87>
    var_1 = wp::address(var_instances, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // angle = t * speed * (1.0 + 0.1 * float(i))                                             <L 88>
    var_4 = wp::mul(var_t, var_speed);
    var_7 = wp::float(var_0);
    var_8 = wp::mul(var_6, var_7);
    var_9 = wp::add(var_5, var_8);
    var_10 = wp::mul(var_4, var_9);
    // c = wp.cos(angle)                                                                      <L 89>
    var_11 = wp::cos(var_10);
    // s = wp.sin(angle)                                                                      <L 90>
    var_12 = wp::sin(var_10);
    // inst.xform.rotation = wp.mat33(c, 0.0, s, 0.0, 1.0, 0.0, -s, 0.0, c)                   <L 91>
    var_17 = wp::neg(var_12);
    var_19 = wp::mat_t<3, 3, wp::float32>(var_11, var_13, var_12, var_14, var_15, var_16, var_17, var_18, var_11);
    var_2.xform.rotation = var_19;
    // inst.xform.translation = wp.vec3(inst.xform.translation[0], 0.5 * wp.sin(angle), inst.xform.translation[2])       <L 92>
    var_20 = &((var_2).xform);
    var_21 = &(((var_2).xform).translation);
    var_24 = wp::load(var_21);
    var_23 = wp::extract(var_24, var_22);
    var_26 = wp::sin(var_10);
    var_27 = wp::mul(var_25, var_26);
    var_28 = &((var_2).xform);
    var_29 = &(((var_2).xform).translation);
    var_32 = wp::load(var_29);
    var_31 = wp::extract(var_32, var_30);
    var_33 = wp::vec_t<3, wp::float32>(var_23, var_27, var_31);
    var_2.xform.translation = var_33;
    // inst.material.emissive = 0.5 + 0.5 * wp.sin(angle * 2.0)                               <L 93>
    var_37 = wp::mul(var_10, var_36);
    var_38 = wp::sin(var_37);
    var_39 = wp::mul(var_35, var_38);
    var_40 = wp::add(var_34, var_39);
    var_2.material.emissive = var_40;
    // inst.visible = inst.xform.scale > 0.0                                                  <L 94>
    var_41 = &((var_2).xform);
    var_42 = &(((var_2).xform).scale);
    var_45 = wp::load(var_42);
    var_44 = (var_45 > var_43);
    var_2.visible = var_44;
    // instances[i] = inst                                                                    <L 95>
    // wp::array_store(var_instances, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_instances, var_0, var_2, adj_instances, adj_0, adj_2);
    // adj: instances[i] = inst                                                               <L 95>
    adj_2.visible = {};
    adj_41.scale += adj_42;
    adj_2.xform += adj_41;
    // adj: inst.visible = inst.xform.scale > 0.0                                             <L 94>
    adj_40 += adj_2.material.emissive;
    adj_2.material.emissive = {};
    wp::adj_add(var_34, var_39, adj_34, adj_39, adj_40);
    wp::adj_mul(var_35, var_38, adj_35, adj_38, adj_39);
    wp::adj_sin(var_37, adj_37, adj_38);
    wp::adj_mul(var_10, var_36, adj_10, adj_36, adj_37);
    // adj: inst.material.emissive = 0.5 + 0.5 * wp.sin(angle * 2.0)                          <L 93>
    adj_33 += adj_2.xform.translation;
    adj_2.xform.translation = {};
    wp::adj_vec_t(var_23, var_27, var_31, adj_23, adj_27, adj_31, adj_33);
    wp::adj_extract(var_32, var_30, adj_29, adj_30, adj_31);
    adj_28.translation += adj_29;
    adj_2.xform += adj_28;
    wp::adj_mul(var_25, var_26, adj_25, adj_26, adj_27);
    wp::adj_sin(var_10, adj_10, adj_26);
    wp::adj_extract(var_24, var_22, adj_21, adj_22, adj_23);
    adj_20.translation += adj_21;
    adj_2.xform += adj_20;
    // adj: inst.xform.translation = wp.vec3(inst.xform.translation[0], 0.5 * wp.sin(angle), inst.xform.translation[2])  <L 92>
    adj_19 += adj_2.xform.rotation;
    adj_2.xform.rotation = {};
    wp::adj_mat_t(var_11, var_13, var_12, var_14, var_15, var_16, var_17, var_18, var_11, adj_11, adj_13, adj_12, adj_14, adj_15, adj_16, adj_17, adj_18, adj_11, adj_19);
    wp::adj_neg(var_12, adj_12, adj_17);
    // adj: inst.xform.rotation = wp.mat33(c, 0.0, s, 0.0, 1.0, 0.0, -s, 0.0, c)              <L 91>
    wp::adj_sin(var_10, adj_10, adj_12);
    // adj: s = wp.sin(angle)                                                                 <L 90>
    wp::adj_cos(var_10, adj_10, adj_11);
    // adj: c = wp.cos(angle)                                                                 <L 89>
    wp::adj_mul(var_4, var_9, adj_4, adj_9, adj_10);
    wp::adj_add(var_5, var_8, adj_5, adj_8, adj_9);
    wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_float(var_0, adj_0, adj_7);
    wp::adj_mul(var_t, var_speed, adj_t, adj_speed, adj_4);
    // adj: angle = t * speed * (1.0 + 0.1 * float(i))                                        <L 88>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_instances, var_0, adj_instances, adj_0, adj_1);
    // adj: inst = instances[i]                                                               <L 87>
    // adj: i = wp.tid()                                                                      <L 86>
    // adj: def animate_instances(instances: wp.array(dtype=Instance), t: float, speed: float):  <L 85>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void animate_instances_76a3a711_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_animate_instances_76a3a711 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        animate_instances_76a3a711_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void animate_instances_76a3a711_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_animate_instances_76a3a711 *_wp_args,
    wp_args_animate_instances_76a3a711 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        animate_instances_76a3a711_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

