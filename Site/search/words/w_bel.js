BRIEFINGS_SEARCH_WORDS("bel",{
"belge":"n",
"belgique":"50,2g;50",
"belligerants":"3c,1p,2f,8"
});
