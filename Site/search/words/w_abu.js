BRIEFINGS_SEARCH_WORDS("abu",{
"abu":"2,2,v,35,1,3r;45"
});
