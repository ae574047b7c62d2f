BRIEFINGS_SEARCH_WORDS("abu",{
"abu":"2,2,v,33,1,3u;43"
});
