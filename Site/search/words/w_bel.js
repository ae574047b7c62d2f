BRIEFINGS_SEARCH_WORDS("bel",{
"belge":"n",
"belgique":"50,2i;50",
"belligerants":"3b,1q,2h,8"
});
