BRIEFINGS_SEARCH_WORDS("lau",{
"launch":"76",
"launched":"6i,m,2,4,1;6i,m",
"launchers":"7b",
"launches":"76,5;76,5"
});
