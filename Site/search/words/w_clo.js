BRIEFINGS_SEARCH_WORDS("clo",{
"closed":"4y,r,s,t,3,3,5;4y,r,s"
});
