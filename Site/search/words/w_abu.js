BRIEFINGS_SEARCH_WORDS("abu",{
"abu":"2,2,v,36,1,3t;46"
});
