BRIEFINGS_SEARCH_WORDS("sem",{
"semaine":"4t,2q,8",
"semaines":"1r,1h,1g,w,26,1,3;4o"
});
