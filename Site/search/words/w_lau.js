BRIEFINGS_SEARCH_WORDS("lau",{
"launch":"7h",
"launched":"68,l,m,2,4,1;68,l,m",
"launchers":"7m",
"launches":"7h,5;7h,5"
});
