BRIEFINGS_SEARCH_WORDS("low",{
"lowcock":"22,9,r,15,18,1,1x,6;22,3d"
});
