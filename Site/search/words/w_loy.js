BRIEFINGS_SEARCH_WORDS("loy",{
"loyal":"44,1m,1u,c;44,1m",
"loyales":"h,u,6n",
"loyalist":"2u"
});
