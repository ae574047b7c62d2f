BRIEFINGS_SEARCH_WORDS("lau",{
"launch":"76",
"launched":"6j,l,2,4,1;6j,l",
"launchers":"7b",
"launches":"76,5;76,5"
});
