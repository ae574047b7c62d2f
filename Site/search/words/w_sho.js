BRIEFINGS_SEARCH_WORDS("sho",{
"shoigu":"2o",
"shot":"4y,1l,1,r,6;4y",
"should":"7m"
});
