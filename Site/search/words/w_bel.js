BRIEFINGS_SEARCH_WORDS("bel",{
"belge":"n",
"belgique":"4z,2j;4z",
"belligerants":"3b,1p,2i,8"
});
