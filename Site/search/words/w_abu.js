BRIEFINGS_SEARCH_WORDS("abu",{
"abu":"2,2,v,31,2,3w"
});
