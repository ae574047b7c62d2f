BRIEFINGS_SEARCH_WORDS("lau",{
"launch":"7i",
"launched":"68,l,n,2,4,1;68,l,n",
"launchers":"7n",
"launches":"7i,5;7i,5"
});
