BRIEFINGS_SEARCH_WORDS("si",{
"si":"3l,4,3h,g,1;3p"
});
