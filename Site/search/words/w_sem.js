BRIEFINGS_SEARCH_WORDS("sem",{
"semaine":"77,8",
"semaines":"1r,1h,1b,v,20,1,3;4j"
});
