BRIEFINGS_SEARCH_WORDS("sho",{
"shoigu":"2n",
"shot":"4x,1l,1,r,6;4x",
"should":"7l"
});
