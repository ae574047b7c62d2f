BRIEFINGS_SEARCH_WORDS("wit",{
"with":"47,m,m,z,r,5,3,3,1,2;4t",
"without":"23,21,l,2s,2;7h"
});
