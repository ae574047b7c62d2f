BRIEFINGS_SEARCH_WORDS("ame",{
"america":"x,4,s,d",
"americain":"x,4,m,j,62",
"americaine":"11,2,e,c,d,n",
"americaines":"11",
"americains":"11,j",
"american":"x,4"
});
