BRIEFINGS_SEARCH_WORDS("ove",{
"over":"3v,11,1x,1,1,q,1,6,5;6u,1",
"overwhelmed":"7p"
});
