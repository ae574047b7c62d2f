BRIEFINGS_SEARCH_WORDS("abu",{
"abu":"2,2,v,2z,1,1,3l;40"
});
