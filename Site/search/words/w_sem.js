BRIEFINGS_SEARCH_WORDS("sem",{
"semaine":"4t,2s,8",
"semaines":"1r,1h,1g,w,28,1,3;4o"
});
