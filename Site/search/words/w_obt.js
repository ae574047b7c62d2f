BRIEFINGS_SEARCH_WORDS("obt",{
"obtenir":"66,1u",
"obtenu":"3u,g,3z;4a",
"obtenue":"1r",
"obtient":"14,8,k,1y"
});
