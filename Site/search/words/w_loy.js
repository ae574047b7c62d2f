BRIEFINGS_SEARCH_WORDS("loy",{
"loyal":"3z,1n,1q,c;3z,1n",
"loyales":"h,u,6f",
"loyalist":"2u"
});
