BRIEFINGS_SEARCH_WORDS("sho",{
"shoigu":"2o",
"shot":"4x,1k,1,s,6;4x",
"should":"7l"
});
