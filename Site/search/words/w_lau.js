BRIEFINGS_SEARCH_WORDS("lau",{
"launch":"78",
"launched":"6k,m,2,4,1;6k,m",
"launchers":"7d",
"launches":"78,5;78,5"
});
