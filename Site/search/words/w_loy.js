BRIEFINGS_SEARCH_WORDS("loy",{
"loyal":"3z,1n,1n,c;3z,1n",
"loyales":"h,u,6c",
"loyalist":"2u"
});
