BRIEFINGS_SEARCH_WORDS("ove",{
"over":"3v,2,z,1y,1,1,r,1,6,5;6v,1",
"overwhelmed":"7r"
});
