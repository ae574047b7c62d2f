BRIEFINGS_SEARCH_WORDS("lau",{
"launch":"7j",
"launched":"69,l,n,2,4,1;69,l,n",
"launchers":"7o",
"launches":"7j,5;7j,5"
});
