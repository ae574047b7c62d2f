BRIEFINGS_SEARCH_WORDS("abu",{
"abu":"2,2,v,30,1,1,3k;41"
});
