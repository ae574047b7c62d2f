BRIEFINGS_SEARCH_WORDS("bel",{
"belge":"n",
"belgique":"4z,2g;4z",
"belligerants":"3b,1p,2f,8"
});
