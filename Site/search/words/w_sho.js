BRIEFINGS_SEARCH_WORDS("sho",{
"shoigu":"2n",
"shot":"53,1q,1,s,6;53",
"should":"3w,41"
});
