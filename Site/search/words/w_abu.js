BRIEFINGS_SEARCH_WORDS("abu",{
"abu":"2,2,v,3m,1,1,3k;4n"
});
