BRIEFINGS_SEARCH_WORDS("lau",{
"launch":"7r",
"launched":"74,l,2,4,1;74,l",
"launchers":"7w",
"launches":"7r,5;7r,5"
});
