BRIEFINGS_SEARCH_WORDS("be",{
"be":"4q,3,1h,t,l,3,5,3,6,2;4t,2v"
});
