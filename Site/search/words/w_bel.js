BRIEFINGS_SEARCH_WORDS("bel",{
"belge":"n",
"belgique":"55,2o;55",
"belligerants":"3c,1u,2n,8"
});
