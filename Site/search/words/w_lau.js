BRIEFINGS_SEARCH_WORDS("lau",{
"launch":"75",
"launched":"6i,l,2,4,1;6i,l",
"launchers":"7a",
"launches":"75,5;75,5"
});
