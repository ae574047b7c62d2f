BRIEFINGS_SEARCH_WORDS("shi",{
"shield":"1,2w,3n,t;7d",
"shiite":"1i",
"ships":"77,1;77"
});
