BRIEFINGS_SEARCH_WORDS("sti",{
"still":"3v,2d,1f,8;68"
});
