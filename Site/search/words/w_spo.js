BRIEFINGS_SEARCH_WORDS("spo",{
"spokesman":"6,q,g,8,17,1j,1g,3,y,6,q,1,3,6;4a,1j,y,6",
"spokesperson":"6,q,o,17",
"sponsored":"4v,30;4v",
"sporadiques":"7k,1"
});
