BRIEFINGS_SEARCH_WORDS("bel",{
"belge":"n",
"belgique":"54,2m;54",
"belligerants":"3c,1t,2l,8"
});
