BRIEFINGS_SEARCH_WORDS("loy",{
"loyal":"3z,1k,1r,c;3z,1k",
"loyales":"h,u,6d",
"loyalist":"2u"
});
