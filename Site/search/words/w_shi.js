BRIEFINGS_SEARCH_WORDS("shi",{
"shield":"1,2w,3x,u;7o",
"shiite":"1i",
"ships":"7i,1;7i"
});
