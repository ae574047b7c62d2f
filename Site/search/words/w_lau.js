BRIEFINGS_SEARCH_WORDS("lau",{
"launch":"7g",
"launched":"67,l,m,2,4,1;67,l,m",
"launchers":"7l",
"launches":"7g,5;7g,5"
});
