BRIEFINGS_SEARCH_WORDS("bel",{
"belge":"n",
"belgique":"4x,2j;4x",
"belligerants":"3b,1n,2i,8"
});
