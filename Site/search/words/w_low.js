BRIEFINGS_SEARCH_WORDS("low",{
"lowcock":"22,9,r,1r,18,1,1x,6;22,3z"
});
