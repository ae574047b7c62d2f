BRIEFINGS_SEARCH_WORDS("ove",{
"over":"3v,10,1x,1,1,q,1,6,5;6t,1",
"overwhelmed":"7o"
});
